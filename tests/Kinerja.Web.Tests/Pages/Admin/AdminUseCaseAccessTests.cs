using Kinerja.Application.Common;
using Kinerja.Application.Features.Accounts;
using Kinerja.Application.Features.Nomenclature;
using Kinerja.Application.Features.Organisation;
using Kinerja.Application.Features.Scales;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Measurement;
using Kinerja.Domain.Organisation;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Admin;

/// <summary>Behind the pages: the use cases of the administrator's area refuse every other actor themselves, and change nothing.</summary>
public class AdminUseCaseAccessTests
{
    public static TheoryData<Role?> Others => new() { Role.Operator, Role.Official, Role.Evaluator, null };

    [Theory]
    [MemberData(nameof(Others))]
    public async Task AdminUseCases_ForAnyoneButAnAdministrator_AreForbiddenAndChangeNothing(Role? role)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var office = await AdminSite.OfficeIdAsync(factory, "Kecamatan Kalaena");
        var camat = await AdminSite.PositionIdAsync(factory, "CAMAT KALAENA");
        var person = await AdminSite.PersonIdAsync(factory, "MARSUKI");
        var region = await AdminSite.QueryAsync(factory, db => Task.FromResult(db.Regions.First().Id));
        var otherPerson = await AdminSite.QueryAsync(factory, db => Task.FromResult(db.People.First(p => p.Id != person).Id));
        var otherPosition = await AdminSite.QueryAsync(factory, db => Task.FromResult(db.Positions.First(p => p.OfficeId == office && p.Id != camat).Id));
        var target = await AdminSite.UserIdAsync(factory, await TestAccounts.CreateAsync(factory.Services, Role.Evaluator));
        var actor = role is { } r ? Actor.With([r], office, person, Guid.NewGuid(), "Bukan admin") : Actor.Public;
        var before = await AdminSite.CountsAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        var statuses = new List<ResultStatus>
        {
            (await services.GetRequiredService<ListUsers>().ExecuteAsync(actor)).Status,
            (await services.GetRequiredService<GetUser>().ExecuteAsync(actor, target)).Status,
            (await services.GetRequiredService<CreateUser>().ExecuteAsync(actor, new NewUser("baru", "Baru", "rahasia-baru-2025", Role.Administrator))).Status,
            (await services.GetRequiredService<ChangeUser>().ExecuteAsync(actor, target, new UserChange("Diubah", Role.Administrator))).Status,
            (await services.GetRequiredService<LockUser>().ExecuteAsync(actor, target)).Status,
            (await services.GetRequiredService<UnlockUser>().ExecuteAsync(actor, target)).Status,
            (await services.GetRequiredService<SetUserPassword>().ExecuteAsync(actor, target, "rahasia-baru-2025")).Status,
            (await services.GetRequiredService<ListNomenclature>().ExecuteAsync(actor)).Status,
            (await services.GetRequiredService<GetNomenclatureEntry>().ExecuteAsync(actor, 1)).Status,
            (await services.GetRequiredService<SaveNomenclatureEntry>().ExecuteAsync(actor, null, BudgetLevel.Program, "7.01.09", "Program Baru", null)).Status,
            (await services.GetRequiredService<ListBudgetApprovals>().ExecuteAsync(actor)).Status,
            (await services.GetRequiredService<SetBudgetApproval>().ExecuteAsync(actor, region, 2025, new DateOnly(2025, 1, 6))).Status,
            (await services.GetRequiredService<ListAchievementScales>().ExecuteAsync(actor)).Status,
            (await services.GetRequiredService<SaveAchievementScale>().ExecuteAsync(actor, region, 2025, AchievementScale.DefaultBands, 120)).Status,
            (await services.GetRequiredService<RemoveAchievementScale>().ExecuteAsync(actor, Guid.NewGuid())).Status,
            (await services.GetRequiredService<SaveOffice>().ExecuteAsync(actor, null, region, "Kecamatan Baru")).Status,
            (await services.GetRequiredService<SavePosition>().ExecuteAsync(actor, null, office, "SEKRETARIS CAMAT", null, camat)).Status,
            (await services.GetRequiredService<SavePerson>().ExecuteAsync(actor, null, "PEGAWAI BARU", null, null, null)).Status,
            (await services.GetRequiredService<SaveAssignment>().ExecuteAsync(actor, null, person, camat, new DateOnly(2025, 10, 1), null, AssignmentKind.Plt)).Status,
            (await services.GetRequiredService<MergePeople>().ExecuteAsync(actor, person, otherPerson)).Status,
            (await services.GetRequiredService<MergePositions>().ExecuteAsync(actor, camat, otherPosition)).Status,
        };

        Assert.All(statuses, s => Assert.Equal(ResultStatus.Forbidden, s));
        Assert.Equal(before, await AdminSite.CountsAsync(factory));
    }
}
