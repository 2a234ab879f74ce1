/** The server's problems with one part of a form (a requirement, a criteria group), announced when they appear. */
export function FieldErrorList({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert">
      <ul className="field-error">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
