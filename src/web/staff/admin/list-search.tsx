/** The name search above an administration list (a GET form: the results are a link one can share). */
export function ListSearch({ action, label, value }: { action: string; label: string; value: string }) {
  return (
    <form method="get" action={action} class="filters" role="search" aria-label={label}>
      <div class="field">
        <label for="q">{label}</label>
        <input class="input input--medium" id="q" name="q" type="search" value={value} maxLength={100} />
      </div>
      <button type="submit" class="button button--secondary">
        Tìm
      </button>
    </form>
  );
}
