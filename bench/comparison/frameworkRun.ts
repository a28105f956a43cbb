import { runWorkflow, type WorkflowRun } from '../../test/harness';
import type { OllamaStandIn, RecordedRequest } from '../../test/standIn';
import type { Framework, ScriptedModel } from './answers';
import type { Inbox, InboxItem } from './inbox';
import { credentials, localSlmWorkflow, textClassifierWorkflow } from './workflows';

export interface FrameworkRun {
	items: InboxItem[];
	run: WorkflowRun;
	requests: RecordedRequest[];
	replies: string[];
}

const workflows = { localSlm: localSlmWorkflow, textClassifier: textClassifierWorkflow };

/** One execution of a framework's workflow, with what it sent to the stand-in and got back. */
export async function runFramework(
	standIn: OllamaStandIn,
	scriptedModel: ScriptedModel,
	framework: Framework,
	inbox: Inbox,
	items: InboxItem[],
): Promise<FrameworkRun> {
	const requestsBefore = standIn.requests.length;
	const repliesBefore = scriptedModel.replies.length;
	standIn.setChatResponder(scriptedModel.responder(framework));

	const run = await runWorkflow(workflows[framework](inbox, items), {
		credentials: credentials(standIn.url),
	});

	return {
		items,
		run,
		requests: standIn.requests.slice(requestsBefore),
		replies: scriptedModel.replies.slice(repliesBefore),
	};
}
