import type { EventName } from '../../shared/bridge/channels';
import type { EventPayload } from '../../shared/bridge/contract';

/** A listener for one host event. */
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

/** Host-pushed events (the contract's `events`), typed by name; both transports forward them to the UI. */
export interface AppEvents {
  /** Subscribes; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** A tiny synchronous emitter; a throwing listener cannot stop the others from hearing the event. */
export function createAppEvents(onListenerError?: (error: unknown) => void): AppEvents {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          (listener as EventListener<typeof event>)(payload);
        } catch (error) {
          onListenerError?.(error);
        }
      }
    },
  };
}
