import { inheritedEnvironment } from './processes';

/** Fixed so that credentials imported by one command can be read by the next. */
export const ENCRYPTION_KEY = 'local-slm-test-harness-key';

export interface N8nEnvironmentSettings {
	userFolder: string;
	port: number;
	brokerPort: number;
	extra?: Record<string, string>;
}

/**
 * scripts/n8n.sh adds the settings that keep n8n on 127.0.0.1 and offline, after these, so no
 * test can switch them off.
 */
export function n8nEnvironment(settings: N8nEnvironmentSettings): NodeJS.ProcessEnv {
	return {
		...inheritedEnvironment(),
		N8N_LOG_LEVEL: 'info',
		...settings.extra,
		// runWorkflow reads the result from n8n's plain-text console log.
		N8N_LOG_FORMAT: 'text',
		N8N_LOG_OUTPUT: 'console',
		N8N_USER_FOLDER: settings.userFolder,
		N8N_PORT: String(settings.port),
		N8N_RUNNERS_BROKER_PORT: String(settings.brokerPort),
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
	};
}
