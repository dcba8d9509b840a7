import type { ChannelInput } from '../../shared/bridge/contract';
import { call } from '../bridge';

/** The host's proxy and CA settings. */
export const loadNetworkSettings = () => call('network:get', {});

/** Saves proxy and CA settings; the host checks them and names the field that is wrong. */
export const saveNetworkSettings = (input: ChannelInput<'network:set'>) => call('network:set', input);
