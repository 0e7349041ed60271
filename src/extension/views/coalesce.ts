// Results arrive in bursts (a README several units name changes: each unit's recheck fires
// service.onDidChange). Views that redraw everything run once per burst, on the next turn.
import type * as vscode from 'vscode';

/** `fn` at most once per event-loop turn, however often the returned trigger is called. */
export function coalesced(fn: () => void): { trigger: () => void } & vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    trigger: () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        fn();
      }, 0);
    },
    dispose: () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
