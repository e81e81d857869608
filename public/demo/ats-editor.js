// Werfwijs demo editor: a tiny rich-text toolbar and a Save button that shows exactly what the
// ATS would store. Eerlijk Werven must never change this text; tests compare it before and after.
const form = document.getElementById('job-form');
const body = document.getElementById('job-body');

for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('click', () => {
    body.focus();
    document.execCommand(button.dataset.command);
  });
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  show('saved-title-value', String(data.get('title')));
  show('saved-summary', String(data.get('summary')));
  // What a real ATS posts is the editor's text content (or its markup); we show the text.
  show('saved-body', body.innerText.trim());
  document.querySelector('.saved-values').hidden = false;
  document.getElementById('saved-status').textContent = `Opgeslagen om ${new Date().toLocaleTimeString('nl-NL')}.`;
});

document.getElementById('preview').addEventListener('click', () => {
  document.getElementById('saved-status').textContent = 'Het voorbeeld opent in een echt ATS in een nieuw venster; in deze demo gebeurt er niets.';
});
