import type { SiteOffice } from './layout.js';

/**
 * The office the website speaks for on pages that are not about one unit (home, error pages): the top unit (the
 * city) with its reception venue. Set once the organisation is loaded (SiteOfficeService); a neutral heading until then.
 */
let site: SiteOffice = { agency: 'Cổng tiếp công dân' };

export function siteOffice(): SiteOffice {
  return site;
}

export function setSiteOffice(office: SiteOffice): void {
  site = office;
}
