export { bridge, setBridge } from './select-bridge';
export { call, BridgeCallError, errorMessage } from './call';
export { createHttpBridge } from './http-client';
