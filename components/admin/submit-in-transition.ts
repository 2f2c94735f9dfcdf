import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit handler that dispatches the form's action in a transition instead of letting React submit
 * it: React then does not reset the form, so what an editor typed or pasted stays after the answer. The
 * submitting button's name and value are sent, as in a native submit.
 */
export function submitInTransition(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : undefined);
    startTransition(() => dispatch(formData));
  };
}
