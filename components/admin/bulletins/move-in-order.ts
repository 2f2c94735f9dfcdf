/** Moves the dragged id to the position of the id it was dropped on. Pure, for the drop handler. */
export function moveInOrder(order: readonly string[], dragged: string, droppedOn: string): string[] {
  const from = order.indexOf(dragged);
  const to = order.indexOf(droppedOn);
  if (from < 0 || to < 0 || from === to) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, dragged);
  return next;
}
