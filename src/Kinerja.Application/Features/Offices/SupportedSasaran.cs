namespace Kinerja.Application.Features.Offices;

/// <summary>A superior's sasaran that a sasaran supports: its number and text, and the position whose agreement holds it.</summary>
public sealed record SupportedSasaran(string Number, string Text, string Position);
