export { runN8nCli, type RunN8nCliOptions } from './cli';
export { ENCRYPTION_KEY } from './environment';
export { findExecutionJson, parseExecution } from './parseExecution';
export { packageName } from './paths';
export { childPids, type CommandResult } from './processes';
export { runWorkflow, type RunWorkflowOptions } from './runWorkflow';
export {
	defaultOwner,
	startN8nServer,
	type N8nServer,
	type OwnerAccount,
	type Session,
	type StartN8nServerOptions,
} from './server';
export type { CredentialToImport, Item, NodeResult, RunError, WorkflowRun } from './types';
export { installedPackageFolder, prepareN8nUserFolder, removeN8nUserFolder } from './userFolder';
