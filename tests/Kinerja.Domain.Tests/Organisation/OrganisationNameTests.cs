using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Tests.Organisation;

public class OrganisationNameTests
{
    [Theory]
    [InlineData("BUPATI LUWU TIMUR", "Kabupaten Luwu Timur", "bupati")]
    [InlineData("BUPATI", "Kabupaten Luwu Timur", "bupati")]
    [InlineData("Plt. Wakil Bupati Luwu Timur", "Kabupaten Luwu Timur", "wakil bupati")]
    [InlineData("WALI KOTA PALOPO", "Kota Palopo", "wali kota")]
    [InlineData("CAMAT KALAENA", "Kabupaten Luwu Timur", "camat kalaena")]
    public void PositionKeyIn_ARegion_DropsThePlaceNameDocumentsAddOrOmit(string title, string region, string expected) =>
        Assert.Equal(expected, OrganisationName.PositionKeyIn(title, region));
}
