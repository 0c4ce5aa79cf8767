// The screening grid works as a plain form. With JavaScript, typing a level (1 to 5) in a box moves on to the next
// box, so a room is entered with the number keys alone; any other key is left alone, and the server checks all.
// Someone who types a level and then presses Tab, as the page tells them and as in any other form, must not be taken
// one box too far: a Tab straight after such a move is the move already made, so it is not made a second time.
const boxes = [...document.querySelectorAll('.app-score-grid input.app-score')];
let movedTo = null;
boxes.forEach((box, index) => {
  box.addEventListener('focus', () => {
    if (box !== movedTo) movedTo = null;
    box.select();
  });
  box.addEventListener('keydown', (event) => {
    const swallow = event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && box === movedTo;
    movedTo = null;
    if (swallow) event.preventDefault();
  });
  box.addEventListener('input', () => {
    if (/^[1-5]$/.test(box.value) && index + 1 < boxes.length) {
      movedTo = boxes[index + 1];
      movedTo.focus();
    }
  });
});
