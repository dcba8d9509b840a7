import type { ChannelInput } from '../../shared/bridge/contract';
import { call } from '../bridge';

/** The domain's API description and operation binding as the host keeps them. */
export const loadApiDescription = (domainId: string) => call('openapi:get', { domain_id: domainId });

/** Imports a description (text or URL); the host validates it and keeps the previous one when invalid. */
export const importApiDescription = (input: ChannelInput<'openapi:import'>) => call('openapi:import', input);

/** Binds each webhook's Post to URL to an operation of the description. */
export const bindApiOperation = (input: ChannelInput<'openapi:bind'>) => call('openapi:bind', input);

/** The draft file's reference to the domain's description, with its text when `embed` is asked. */
export const apiReference = (input: ChannelInput<'openapi:reference'>) => call('openapi:reference', input);

/** Makes the local receiver answer like the domain's API description (or stop doing so). */
export const setReceiverApi = (input: ChannelInput<'harness:receiver-api'>) =>
  call('harness:receiver-api', input);
