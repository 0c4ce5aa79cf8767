// Passkeys need the browser's WebAuthn API, so this is the one part of Ascent that needs JavaScript.
// The server makes the options (and keeps the challenge); the browser signs; a normal form post carries the result.
const supported = typeof window.PublicKeyCredential !== 'undefined' &&
  typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function';

async function fetchOptions(form, handler) {
  const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
  const url = new URL(window.location.href);
  url.searchParams.set('handler', handler);
  const response = await fetch(url, { method: 'POST', headers: { RequestVerificationToken: token }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
  return response.json();
}

function wire(container, handler, run) {
  if (!container || !supported) return;
  container.hidden = false;
  const form = container.querySelector('[data-passkey-form]');
  const button = container.querySelector('[data-passkey-button]');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const options = await fetchOptions(form, handler);
      const credential = await run(options);
      form.querySelector('[data-passkey-credential]').value = JSON.stringify(credential);
      form.submit();
    } catch (error) {
      // Cancelling the browser's dialog lands here: let the person try again or use a password.
      console.warn('Passkey not used:', error);
      button.disabled = false;
    }
  });
}

wire(document.querySelector('[data-passkey-sign-in]'), 'PasskeyOptions', (options) =>
  navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) }));

wire(document.querySelector('[data-passkey-register]'), 'CreationOptions', (options) =>
  navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) }));
