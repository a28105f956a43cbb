export { LocalSlmApi } from './credentials/LocalSlmApi.credentials';
export { LocalSlmClassify } from './nodes/LocalSlmClassify/LocalSlmClassify.node';
