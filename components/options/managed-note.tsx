/** The words beside a field the organisation has set centrally. */
export function ManagedNote({ id }: { id: string }) {
  return (
    <span id={id} className="managed-note">
      Set by your organisation
    </span>
  );
}
