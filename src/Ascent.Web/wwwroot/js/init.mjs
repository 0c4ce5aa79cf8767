import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js';
initAll();
