using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>
/// Creates a person (<c>personId</c> null) or corrects one: name, front and back titles, NIP (validated;
/// blank clears it; one person per NIP); administrators only.
/// </summary>
public sealed class SavePerson(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(
        Actor actor, Guid? personId, string name, string? frontTitles, string? backTitles, string? nip, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();

        Person person;
        if (personId is { } id)
        {
            var found = await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (found is null)
                return Result.NotFound();
            person = found;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(name))
                return Result.Invalid(Domain.Messages.PersonNameRequired);
            person = new Person(new PersonName(name, string.Empty, name.Trim(), string.Empty), null);
            db.People.Add(person);
        }

        var errors = person.Rename(name, frontTitles, backTitles).Errors.Concat(person.ChangeNip(nip).Errors).ToList();
        if (errors.Count > 0)
            return Result.Invalid(errors);
        if (person.Nip is { } digits && await db.People.AnyAsync(p => p.Nip == digits && p.Id != person.Id, cancellationToken))
            return Result.Conflict(string.Format(CultureInfo.InvariantCulture, ApplicationMessages.NipTaken, Nip.Validate(digits).Nip!.Grouped));

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(person.Id);
    }
}
