using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class ChangeStampConfiguration : IEntityTypeConfiguration<ChangeStamp>
{
    public void Configure(EntityTypeBuilder<ChangeStamp> builder)
    {
        builder.ToTable("ChangeStamps");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(40);

        // The row exists from the start: a save only updates it, so instances never race to insert it.
        builder.HasData(new ChangeStamp(ChangeStamp.FindingsKey, Guid.Empty));
    }
}
