namespace TeamsCrm.Graph.Photos;

/// <summary>The image type from the first bytes (Graph serves JPEG; PNG is accepted too); anything else is served as octet-stream.</summary>
internal static class PhotoContentType
{
    public static string Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "image/png"
        : "application/octet-stream";
}
