using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

/// <summary>
/// An agreement: its parties as columns of its own table, sasaran and budget lines as tables, Lampiran 2
/// explanations, Lampiran headings and signature names as JSON columns.
/// </summary>
internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();

        builder.Property<string>(ShadowProperties.NaturalKey).HasColumnName("Key").HasMaxLength(400).IsRequired();
        builder.HasIndex(ShadowProperties.NaturalKey).IsUnique();
        builder.Property<string?>(ShadowProperties.ContentHash).HasMaxLength(64);

        builder.Property(a => a.Office).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Region).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Place).HasMaxLength(200).IsRequired();
        builder.Property(a => a.SupersedesKey).HasField("supersedesKey").HasMaxLength(400);
        builder.Property(a => a.SourceName).HasField("sourceNameOfRead").HasMaxLength(400);
        builder.Property(a => a.AmendmentExplanation).HasMaxLength(4000);
        builder.Property(a => a.SignatureEvidence).HasMaxLength(200);
        builder.HasIndex(a => a.Status);
        builder.HasIndex(a => new { a.Year, a.Office });

        builder.HasOne<Office>().WithMany().HasForeignKey(a => a.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(a => a.SupersedesId).OnDelete(DeleteBehavior.SetNull);

        builder.OwnsOne(a => a.FirstParty, party => ConfigureParty(party, "FirstParty"));
        builder.OwnsOne(a => a.SecondParty, party => ConfigureParty(party, "SecondParty"));
        builder.Navigation(a => a.FirstParty).IsRequired();
        builder.Navigation(a => a.SecondParty).IsRequired();

        builder.HasMany(a => a.Sasarans).WithOne().HasForeignKey(ShadowProperties.AgreementId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Sasarans).HasField("sasarans").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(a => a.BudgetLines).WithOne().HasForeignKey(ShadowProperties.AgreementId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.BudgetLines).HasField("budgetLines").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany<StoredFinding>().WithOne().HasForeignKey(f => f.AgreementId).OnDelete(DeleteBehavior.Cascade);

        builder.OwnsMany(a => a.Explanations, explanation =>
        {
            explanation.ToJson("Explanations");
            explanation.OwnsMany(e => e.Indicators);
            explanation.OwnsMany(e => e.Targets);
        });
        builder.Navigation(a => a.Explanations).HasField("explanations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(a => a.LampiranHeadings, heading => heading.ToJson("LampiranHeadings"));
        builder.Navigation(a => a.LampiranHeadings).HasField("lampiranHeadings").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(a => a.SignatureNames, signature =>
        {
            signature.ToJson("SignatureNames");
            signature.Property(s => s.Role).HasConversion<string>();
        });
        builder.Navigation(a => a.SignatureNames).HasField("signatureNames").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(a => a.Key);
        builder.Ignore(a => a.IsEditable);
        builder.Ignore(a => a.Indicators);
    }

    private static void ConfigureParty(OwnedNavigationBuilder<Agreement, Party> party, string prefix)
    {
        party.Property(p => p.PrintedName).HasColumnName(prefix + "PrintedName").HasMaxLength(300).IsRequired();
        party.Property(p => p.FrontTitles).HasColumnName(prefix + "FrontTitles").HasMaxLength(100).IsRequired();
        party.Property(p => p.Name).HasColumnName(prefix + "Name").HasMaxLength(300).IsRequired();
        party.Property(p => p.BackTitles).HasColumnName(prefix + "BackTitles").HasMaxLength(200).IsRequired();
        party.Property(p => p.Nip).HasColumnName(prefix + "Nip").HasMaxLength(18);
        party.Property(p => p.NipAsPrinted).HasColumnName(prefix + "NipAsPrinted").HasMaxLength(60);
        party.Property(p => p.Position).HasColumnName(prefix + "Position").HasMaxLength(300).IsRequired();
        party.Property(p => p.PersonId).HasColumnName(prefix + "PersonId");
        party.Property(p => p.PositionId).HasColumnName(prefix + "PositionId");
        party.Property(p => p.SourceLine).HasColumnName(prefix + "SourceLine");
        party.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        party.HasOne<Position>().WithMany().HasForeignKey(p => p.PositionId).OnDelete(DeleteBehavior.Restrict);
        party.Ignore(p => p.ParsedName);
        party.Ignore(p => p.NipForExchange);
    }
}
