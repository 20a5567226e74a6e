using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace TeamsCrm.Graph.Offline;

/// <summary>A 64×64 PNG per person for the offline directory: a soft colour derived from the user id, the same on every run.</summary>
internal static class OfflinePhotos
{
    private const int Size = 64;
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static PersonPhoto For(string userId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(userId));
        var (r, g, b) = ((byte)(96 + (hash[0] % 128)), (byte)(96 + (hash[1] % 128)), (byte)(96 + (hash[2] % 128)));
        var raw = new byte[Size * ((Size * 3) + 1)];
        for (var row = 0; row < Size; row++)
        {
            var offset = row * ((Size * 3) + 1); // each row starts with filter type 0
            for (var x = 0; x < Size; x++)
            {
                raw[offset + 1 + (x * 3)] = r;
                raw[offset + 2 + (x * 3)] = g;
                raw[offset + 3 + (x * 3)] = b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Size);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        var bytes = png.ToArray();
        return new PersonPhoto(bytes, "image/png", $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..20]}\"");
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typed));
        png.Write(number);
    }

    private static uint Crc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc = CrcTable[(crc ^ value) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
