using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("BudgetLines");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property<int>(ShadowProperties.Ordinal);
        builder.Property(b => b.Number).HasMaxLength(20).IsRequired();
        builder.Property(b => b.Name).IsRequired();
        builder.Property(b => b.Code).HasField("code").HasMaxLength(40);
        builder.Property(b => b.Source).HasMaxLength(100);

        // Whole Rupiah as a 64-bit integer.
        builder.Property(b => b.Amount).HasConversion(amount => amount.Value, value => new Rupiah(value));

        builder.HasIndex(b => b.Code);
        builder.HasIndex(b => b.LineageId);
    }
}
