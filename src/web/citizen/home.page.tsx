import { Layout, type SiteOffice } from '../common/layout.js';
import type { ListedUnit } from '../domain/unit-search.js';

import { unitPath } from './texts.js';

/** "/" — Lịch tiếp công dân: find a unit (typing without diacritics works), then open its calendar. */
export function HomePage({ office, units, query }: { office: SiteOffice; units: ListedUnit[]; query: string }) {
  const city = units.filter((u) => u.level === 'city');
  const communes = units.filter((u) => u.level === 'commune');
  const departments = units.filter((u) => u.level === 'department');
  const group = (id: string, title: string, list: ListedUnit[]) =>
    list.length === 0 ? null : (
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <ul class="units">
          {list.map((u) => (
            <li key={u.id}>
              <a href={unitPath(u.id)}>{u.name}</a>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <Layout title="Lịch tiếp công dân" office={office} current="/">
      <h1>Lịch tiếp công dân</h1>
      <p class="lead">
        Chọn nơi bạn muốn đến trình bày để xem lịch tiếp công dân của lãnh đạo và đặt lịch trước. Việc đặt lịch không
        mất phí.
      </p>
      <form method="get" action="/" class="search-form" role="search">
        <div class="field">
          <label for="q">Tìm phường, xã, đặc khu hoặc cơ quan</label>
          <p class="hint" id="q-goi-y">
            Có thể gõ không dấu, ví dụ: hong bang
          </p>
          <input
            class="input"
            id="q"
            name="q"
            type="search"
            value={query}
            aria-describedby="q-goi-y"
            autoComplete="off"
            maxLength={100}
          />
        </div>
        <button type="submit" class="button button--secondary">
          Tìm
        </button>
      </form>
      {query ? (
        <p role="status">
          {units.length === 0
            ? `Không tìm thấy đơn vị nào có tên "${query}".`
            : `Tìm thấy ${units.length} đơn vị cho "${query}".`}{' '}
          <a href="/">Xem tất cả đơn vị</a>
        </p>
      ) : null}
      {group('nhom-thanh-pho', 'Thành phố', city)}
      {group('nhom-phuong-xa', 'Phường, xã, đặc khu', communes)}
      {group('nhom-co-quan', 'Cơ quan, ban, ngành', departments)}
    </Layout>
  );
}
