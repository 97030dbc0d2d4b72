using Kinerja.Application.Features.Accounts;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Audit;
using Kinerja.Application.Features.Import;
using Kinerja.Application.Features.Measurement;
using Kinerja.Application.Features.Nomenclature;
using Kinerja.Application.Features.Offices;
using Kinerja.Application.Features.Organisation;
using Kinerja.Application.Features.Reviews;
using Kinerja.Application.Features.Samples;
using Kinerja.Application.Features.Scales;
using Kinerja.Application.Features.Setup;
using Kinerja.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kinerja.Application;

/// <summary>Registers the use cases (scoped, one per request) on top of <see cref="PersistenceServiceCollectionExtensions.AddKinerjaPersistence(IServiceCollection, KinerjaDatabaseOptions)"/>.</summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddKinerjaApplication(this IServiceCollection services)
    {
        services.AddScoped(provider => new ImportAgreements(provider.GetRequiredService<KinerjaDbContext>()));
        services.AddScoped<ListAgreements>();
        services.AddScoped<PreviewImport>();
        services.AddScoped<ImportSamples>();
        services.AddScoped<CreateUser>();
        services.AddScoped<UserSessions>();
        services.AddScoped<InitializeDatabase>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FindingsCache>();

        services.AddScoped<CreateAgreement>();
        services.AddScoped<GetAgreement>();
        services.AddScoped<GetEvidence>();
        services.AddScoped<Features.Verification.VerifyAgreement>();
        services.AddScoped<SearchAgreements>();
        services.AddScoped<Features.Export.LoadOfficeAgreements>();
        services.AddScoped<Features.Workbooks.PreviewWorkbook>();
        services.AddScoped<Features.Workbooks.ApplyWorkbook>();
        services.AddScoped<MissingAgreements>();
        services.AddScoped<UpdateAgreementHeader>();
        services.AddScoped<SaveSasaran>();
        services.AddScoped<RemoveSasaran>();
        services.AddScoped<MoveSasaran>();
        services.AddScoped<SaveIndicator>();
        services.AddScoped<RemoveIndicator>();
        services.AddScoped<MoveIndicator>();
        services.AddScoped<SaveBudgetLine>();
        services.AddScoped<RemoveBudgetLine>();
        services.AddScoped<MoveBudgetLine>();
        services.AddScoped<SaveExplanation>();
        services.AddScoped<LinkExplanation>();
        services.AddScoped<RemoveExplanation>();
        services.AddScoped<SubmitAgreement>();
        services.AddScoped<WithdrawAgreement>();
        services.AddScoped<GetWorklist>();
        services.AddScoped<ReturnAgreement>();
        services.AddScoped<ApproveAgreement>();
        services.AddScoped<SignAgreement>();
        services.AddScoped<PublishAgreement>();
        services.AddScoped<AmendAgreement>();

        services.AddScoped<AddReviewNote>();
        services.AddScoped<RecordEvaluation>();
        services.AddScoped<ListAuditEntries>();

        services.AddScoped<GetOrganisation>();
        services.AddScoped<SaveOffice>();
        services.AddScoped<SavePosition>();
        services.AddScoped<SavePerson>();
        services.AddScoped<MergePeople>();
        services.AddScoped<MergePositions>();
        services.AddScoped<SaveAssignment>();
        services.AddScoped<DeleteAssignment>();
        services.AddScoped<SetBudgetApproval>();
        services.AddScoped<ListBudgetApprovals>();
        services.AddScoped<ListAchievementScales>();
        services.AddScoped<GetAchievementScale>();
        services.AddScoped<ReviewCapaianTable>();
        services.AddScoped<SaveAchievementScale>();
        services.AddScoped<RemoveAchievementScale>();
        services.AddScoped<ListUsers>();
        services.AddScoped<GetUser>();
        services.AddScoped<ChangeUser>();
        services.AddScoped<LockUser>();
        services.AddScoped<UnlockUser>();
        services.AddScoped<SetUserPassword>();
        services.AddScoped<ChangeOwnPassword>();
        services.AddScoped<ListNomenclature>();
        services.AddScoped<GetNomenclatureEntry>();
        services.AddScoped<SaveNomenclatureEntry>();
        services.AddScoped<ImportNomenclature>();
        services.AddScoped<GetPerformanceTree>();
        services.AddScoped<GetEditorChoices>();
        services.AddScoped<ReconcileOffice>();
        return services;
    }
}
