// PK editor, progressive enhancement: a nomenclature code known to the catalogue fills an empty name and the level.
(function () {
    'use strict';
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!input.classList || !input.classList.contains('nomenclature-code')) return;
        var list = document.getElementById(input.getAttribute('list'));
        if (!list) return;
        var option = Array.prototype.find.call(list.options, function (o) { return o.value === input.value.trim(); });
        if (!option) return;
        var name = document.getElementById(input.dataset.nameField);
        if (name && name.value.trim() === '') name.value = option.dataset.name;
        var level = input.form.querySelector('select[name="Level"]');
        if (level && option.dataset.level) level.value = option.dataset.level;
    });
}());

// Each card of the editor is its own form, and "Simpan" in one card reloads the page: what was typed in the other
// cards is kept in this tab's sessionStorage (by field id) and put back after the reload, with the card marked as
// not yet saved. Leaving the editor with unsaved text asks first.
(function () {
    'use strict';
    var editor = document.querySelector('.editor');
    if (!editor || !window.sessionStorage) return;
    var storageKey = 'kinerja-editor:' + window.location.pathname;
    var drafts = read();
    var submitting = false;

    function read() {
        try { return JSON.parse(window.sessionStorage.getItem(storageKey)) || {}; } catch (e) { return {}; }
    }

    function write() {
        if (Object.keys(drafts).length === 0) window.sessionStorage.removeItem(storageKey);
        else window.sessionStorage.setItem(storageKey, JSON.stringify(drafts));
    }

    function isField(element) {
        return element && element.id && element.form && editor.contains(element.form)
            && /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) && element.type !== 'hidden' && element.type !== 'submit';
    }

    function markUnsaved(form) {
        if (form.classList.contains('unsaved')) return;
        form.classList.add('unsaved');
        var note = document.createElement('p');
        note.className = 'unsaved-note';
        note.setAttribute('role', 'status');
        note.textContent = 'Perubahan pada kartu ini belum disimpan: tekan tombol simpannya.';
        form.insertBefore(note, form.firstChild);
    }

    function remember(event) {
        var field = event.target;
        if (!isField(field)) return;
        drafts[field.id] = field.value;
        write();
        markUnsaved(field.form);
    }

    editor.addEventListener('input', remember);
    editor.addEventListener('change', remember);
    editor.addEventListener('submit', function (event) {
        if (event.defaultPrevented) return;
        // What this form holds goes to the server now; the other cards' drafts stay for after the reload.
        submitting = true;
        Array.prototype.forEach.call(event.target.elements, function (field) { if (field.id) delete drafts[field.id]; });
        write();
    });

    Object.keys(drafts).forEach(function (id) {
        var field = document.getElementById(id);
        if (!isField(field) || field.value === drafts[id]) {
            delete drafts[id];
            return;
        }
        field.value = drafts[id];
        markUnsaved(field.form);
        var details = field.closest('details');
        if (details) details.open = true;
    });
    write();

    window.addEventListener('beforeunload', function (event) {
        if (submitting || Object.keys(drafts).length === 0) return;
        event.preventDefault();
        event.returnValue = '';
    });
}());
