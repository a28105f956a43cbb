export { LocalSlmApi } from './credentials/LocalSlmApi.credentials';
export { LocalSlmClassify } from './nodes/LocalSlmClassify/LocalSlmClassify.node';
export { LocalSlmDraftReply } from './nodes/LocalSlmDraftReply/LocalSlmDraftReply.node';
export { LocalSlmExtractInvoice } from './nodes/LocalSlmExtractInvoice/LocalSlmExtractInvoice.node';
export { LocalSlmKnowledgeBase } from './nodes/LocalSlmKnowledgeBase/LocalSlmKnowledgeBase.node';
export { LocalSlmAnswer } from './nodes/LocalSlmAnswer/LocalSlmAnswer.node';
