// GOV.UK Frontend expects these classes on <body> once JavaScript runs; set here, not inline, for the CSP.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
