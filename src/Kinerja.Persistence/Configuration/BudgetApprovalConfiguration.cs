using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class BudgetApprovalConfiguration : IEntityTypeConfiguration<BudgetApproval>
{
    public void Configure(EntityTypeBuilder<BudgetApproval> builder)
    {
        builder.ToTable("BudgetApprovals");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<Region>().WithMany().HasForeignKey(b => b.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.RegionId, b.Year }).IsUnique();
        builder.Ignore(b => b.Deadline);
    }
}
