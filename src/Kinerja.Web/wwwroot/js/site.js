// Small behaviours of the pages without inline script (the Content-Security-Policy allows only the application's own
// files): a select with data-autosubmit submits its form when changed; a link with data-back goes back in history.
// Without JavaScript the pages still work (the year form has its own button, the link leads to the start page).
(function () {
    'use strict';
    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target && target.matches && target.matches('select[data-autosubmit]') && target.form) target.form.submit();
    });
    document.addEventListener('click', function (event) {
        var link = event.target && event.target.closest ? event.target.closest('a[data-back]') : null;
        if (link && window.history.length > 1) {
            event.preventDefault();
            window.history.back();
        }
    });
}());
