using System.Globalization;
using System.Text.Json;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Storage.Mapping;

/// <summary>Reads and writes the value shapes Table Storage lacks: people, enums, decimals, dates, lists.</summary>
internal static class EntityValues
{
    public static void SetPerson(this TableEntity entity, string name, PersonRef person)
    {
        entity[name + "Id"] = person.UserId;
        entity[name + "Name"] = person.DisplayName;
    }

    public static PersonRef GetPerson(this TableEntity entity, string name) =>
        new(entity.GetString(name + "Id") ?? string.Empty, entity.GetString(name + "Name") ?? string.Empty);

    public static TEnum GetEnum<TEnum>(this TableEntity entity, string name)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(entity.GetString(name) ?? throw new InvalidDataException($"{name} is missing."));

    public static void SetDecimal(this TableEntity entity, string name, decimal value) =>
        entity[name] = value.ToString(CultureInfo.InvariantCulture);

    public static decimal GetDecimal(this TableEntity entity, string name) =>
        decimal.Parse(entity.GetString(name) ?? "0", NumberStyles.Number, CultureInfo.InvariantCulture);

    public static void SetDate(this TableEntity entity, string name, DateOnly? value) =>
        entity[name] = value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? GetDate(this TableEntity entity, string name) =>
        entity.GetString(name) is { Length: > 0 } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static DateTimeOffset GetTime(this TableEntity entity, string name) =>
        entity.GetDateTimeOffset(name) ?? throw new InvalidDataException($"{name} is missing.");

    public static void SetPeople(this TableEntity entity, string name, IReadOnlyList<PersonRef> people) =>
        entity[name] = JsonSerializer.Serialize(people);

    public static IReadOnlyList<PersonRef> GetPeople(this TableEntity entity, string name) =>
        entity.GetString(name) is { Length: > 0 } json ? JsonSerializer.Deserialize<PersonRef[]>(json) ?? [] : [];

    /// <summary>A list as JSON; an empty list is not stored at all.</summary>
    public static void SetList<T>(this TableEntity entity, string name, IReadOnlyList<T> values) =>
        entity[name] = values.Count == 0 ? null : JsonSerializer.Serialize(values);

    public static IReadOnlyList<T> GetList<T>(this TableEntity entity, string name) =>
        entity.GetString(name) is { Length: > 0 } json ? JsonSerializer.Deserialize<T[]>(json) ?? [] : [];

    public static string? VersionOf(this TableEntity entity) => entity.ETag.ToString();
}
