namespace Kinerja.Application.Features.Measurement;

/// <summary>What the measurement use cases tell their callers, in Indonesian.</summary>
public static class MeasurementMessages
{
    public const string RegionUnknown = "Wilayah \"{0}\" tidak ada di basis data (yang ada: {1}).";
    public const string RegionAmbiguous = "Basis data memuat beberapa wilayah ({0}); sebutkan satu dengan --region.";
}
