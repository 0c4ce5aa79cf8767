// The screening grid works as a plain form. With JavaScript, typing a level (1 to 5) in a box moves on to the next
// box, so a room is entered with the number keys alone; any other key is left alone, and the server checks all.
const boxes = [...document.querySelectorAll('.app-score-grid input.app-score')];
boxes.forEach((box, index) => {
  box.addEventListener('focus', () => box.select());
  box.addEventListener('input', () => {
    if (/^[1-5]$/.test(box.value) && index + 1 < boxes.length) {
      boxes[index + 1].focus();
    }
  });
});
