"use client";

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import { FormMessage } from "./form-message";
import { submitInTransition } from "./submit-in-transition";
import type { FormAction, FormState } from "@/lib/forms/form-state";

type ActionFormContextValue = { state: FormState; isPending: boolean };

const ActionFormContext = createContext<ActionFormContextValue>({ state: null, isPending: false });

/** The state of the enclosing ActionForm (field errors, echoed values, pending), for fields and buttons. */
export function useActionFormState(): ActionFormContextValue {
  return useContext(ActionFormContext);
}

export type ActionFormProps<T> = {
  action: FormAction<T>;
  initialState?: FormState<T>;
  children: ReactNode;
  /** announced in the live region when the action succeeds; omit to stay silent */
  successMessage?: string;
  /** clear the fields after a success (e.g. a "create" form that stays on the page) */
  resetOnSuccess?: boolean;
  className?: string;
  /** accessible name of the form */
  label?: string;
  encType?: "multipart/form-data";
};

/**
 * A form bound to a server action through `useActionState`. Without JavaScript the browser posts it to
 * the action (progressive enhancement). With JavaScript the submission is dispatched in a transition
 * instead of through the form's `action`, because React resets the fields after every form action and
 * would lose what the user typed when the server reports an error.
 */
export function ActionForm<T>({ action, initialState = null, children, successMessage, resetOnSuccess = false, className, label, encType }: ActionFormProps<T>) {
  const [state, formAction, isPending] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (resetOnSuccess && state?.ok) formRef.current?.reset();
  }, [state, resetOnSuccess]);

  return (
    <ActionFormContext.Provider value={{ state: state as FormState, isPending }}>
      <form ref={formRef} action={formAction} onSubmit={submitInTransition(formAction)} className={className} aria-label={label} encType={encType}>
        <FormMessage state={state as FormState} successMessage={successMessage} />
        {children}
      </form>
    </ActionFormContext.Provider>
  );
}
