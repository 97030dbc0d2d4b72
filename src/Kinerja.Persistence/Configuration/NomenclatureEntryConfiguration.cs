using Kinerja.Domain.Nomenclature;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

/// <summary>The nomenclature catalogue as a table an administrator can extend; a surrogate key, the code is unique when present.</summary>
internal sealed class NomenclatureEntryConfiguration : IEntityTypeConfiguration<NomenclatureEntry>
{
    public void Configure(EntityTypeBuilder<NomenclatureEntry> builder)
    {
        builder.ToTable("NomenclatureEntries");
        builder.Property<int>(ShadowProperties.Id).ValueGeneratedOnAdd();
        builder.HasKey(ShadowProperties.Id);
        builder.Property(e => e.Code).HasMaxLength(40);
        builder.Property(e => e.Name).HasMaxLength(400).IsRequired();
        builder.Property(e => e.ParentCode).HasMaxLength(40);
        builder.HasIndex(e => e.Code).IsUnique();
        builder.HasIndex(e => e.ParentCode);
    }
}
