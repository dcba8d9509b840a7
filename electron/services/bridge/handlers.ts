import type { ChannelName } from '../../../shared/bridge/channels';
import type { ChannelResult, ParsedInput } from '../../../shared/bridge/contract';

/** One implementation per channel; both transports call them only through the dispatcher. */
export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelResult<C>> };
