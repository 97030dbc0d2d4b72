using Kinerja.Application.Features.Accounts;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kinerja.Web.Pages.Admin.Pengguna;

/// <summary>What a form must hold before the account use cases are asked: a role, and the password typed twice alike.</summary>
public static class UserFormRules
{
    /// <summary>Adds the form's errors under <paramref name="prefix"/>; the chosen role, or null.</summary>
    public static Role? Check(ModelStateDictionary modelState, string prefix, UserForm form, bool passwordRequired)
    {
        Role? role = Enum.TryParse<Role>(form.Peran, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        if (role is null)
            modelState.AddModelError(prefix + "." + nameof(UserForm.Peran), AdminMessages.RoleRequired);
        if (passwordRequired)
            CheckPassword(modelState, prefix, form.KataSandi, form.UlangiKataSandi);
        return role;
    }

    public static void CheckPassword(ModelStateDictionary modelState, string prefix, string? password, string? repeated)
    {
        if (string.IsNullOrEmpty(password))
            modelState.AddModelError(prefix + "." + nameof(UserForm.KataSandi), AccountMessages.PasswordRequired);
        else if (password != repeated)
            modelState.AddModelError(prefix + "." + nameof(UserForm.UlangiKataSandi), AccountMessages.PasswordsDiffer);
    }
}
