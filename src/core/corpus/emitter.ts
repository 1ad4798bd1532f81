/** A minimal event emitter (core must not depend on Node's EventEmitter or on vscode.EventEmitter). */
export type Listener<T> = (event: T) => void;

export interface Subscription {
  dispose(): void;
}

export class Emitter<T> {
  private listeners: Listener<T>[] = [];

  /** Subscribe; the returned object unsubscribes (shape-compatible with vscode.Disposable). */
  readonly event = (listener: Listener<T>): Subscription => {
    this.listeners.push(listener);
    return { dispose: () => { this.listeners = this.listeners.filter((l) => l !== listener); } };
  };

  fire(event: T): void {
    // Copy so a listener that unsubscribes during dispatch does not skip the next one.
    for (const l of this.listeners.slice()) {
      try { l(event); } catch { /* one broken listener must not stop the others */ }
    }
  }

  dispose(): void {
    this.listeners = [];
  }
}
