import { ROLES } from '../../../common/roles.js';
import { ROLE_LABELS } from '../staff-nav.js';

/** The roles of an account as checkboxes in one fieldset (the first box carries the id `roles` the errors link to). */
export function RolesField({ value, error }: { value: readonly string[]; error?: string | null }) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={error ? 'roles-loi' : 'roles-goi-y'}>
        <legend class="legend">Vai trò</legend>
        <p class="hint" id="roles-goi-y">
          Chọn ít nhất một vai trò. Quản trị viên mở được mọi trang.
        </p>
        {error ? (
          <p class="field-error" id="roles-loi">
            <span class="visually-hidden">Lỗi: </span>
            {error}
          </p>
        ) : null}
        <div class="checkboxes">
          {ROLES.map((role, i) => {
            const id = i === 0 ? 'roles' : `roles-${i + 1}`;
            return (
              <div class="checkbox" key={role}>
                <input type="checkbox" id={id} name="roles" value={role} checked={value.includes(role)} />
                <label for={id}>{ROLE_LABELS[role]}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
