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
