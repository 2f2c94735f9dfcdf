/**
 * The trap for form bots: a field people never see (off-screen, out of the tab order, hidden from
 * assistive technology) that naive bots fill in. The server discards submissions that fill it.
 */
export function HoneypotField({ name }: { name: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor={`hp-${name}`}>网址（请勿填写此项）</label>
      <input id={`hp-${name}`} type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
