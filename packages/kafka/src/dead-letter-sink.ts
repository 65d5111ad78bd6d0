import type { IncomingMessage } from './message.ts';

/** Where messages go that can never be written (undecodable, or refused by storage as invalid). */
export interface DeadLetterSink {
  publish(message: IncomingMessage, error: DeadLetterError): Promise<void>;
}

export interface DeadLetterError {
  /** Stable reason: `decode`, `rejected-spans`, `storage-invalid`. */
  readonly code: string;
  readonly message: string;
}
