import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

export class LocalSlmApi implements ICredentialType {
	name = 'localSlmApi';

	displayName = 'Local SLM (Ollama)';

	icon: Icon = {
		light: 'file:../nodes/icons/localSlm.svg',
		dark: 'file:../nodes/icons/localSlm.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-local-slm/n8n-nodes-local-slm#the-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'http://localhost:11434',
			placeholder: 'http://localhost:11434',
			description:
				'Address of your Ollama server as n8n sees it. When n8n runs in Docker and Ollama on the same machine, use http://host.docker.internal:11434.',
			required: true,
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only needed when a reverse proxy in front of Ollama asks for one. Sent as a Bearer token.',
		},
		{
			displayName: 'Request Timeout (Minutes)',
			name: 'timeoutMinutes',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 240 },
			default: 10,
			description:
				'How long to wait for the model before giving up. Small models on a CPU can need several minutes for a long document.',
		},
		{
			displayName: 'Allow a Remote Server',
			name: 'allowRemoteServer',
			type: 'boolean',
			default: false,
			description:
				'Whether to allow a Base URL outside this machine and your private network. Leave it off to guarantee that no text leaves your own machines.',
		},
	];
}
