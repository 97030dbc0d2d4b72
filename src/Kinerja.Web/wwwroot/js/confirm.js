// Destructive buttons ask first: a submit button (or its form) with data-confirm="question" submits only when the
// person answers OK. Served from the application itself (no CDN); without JavaScript the button works as before.
(function () {
    'use strict';
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var button = event.submitter;
        var question = (button && button.getAttribute('data-confirm')) || (form.getAttribute && form.getAttribute('data-confirm'));
        if (question && !window.confirm(question)) event.preventDefault();
    }, true);
}());
