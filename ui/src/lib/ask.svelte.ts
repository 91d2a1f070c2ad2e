// A question before something is lost for good (forget a member, delete a meeting,
// remove a publish target, stop sharing). The web view's own confirm() shows nothing in
// the app's window and answers yes, so these went at once; `ask` opens the app's own
// dialog (components/Ask.svelte, mounted once in App.svelte), which names what goes.

type Question = { message: string; yes: string; answer: (yes: boolean) => void };

export const asking = $state<{ now: Question | null }>({ now: null });

/** Asks `message`; resolves true when the person presses `yes`, false on Cancel or Escape. */
export function ask(message: string, yes: string): Promise<boolean> {
  asking.now?.answer(false);
  return new Promise((answer) => {
    asking.now = {
      message,
      yes,
      answer: (v) => {
        asking.now = null;
        answer(v);
      },
    };
  });
}
