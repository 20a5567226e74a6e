using System.Globalization;
using System.Reflection;
using TeamsCrm.Core.Common;

namespace TeamsCrm.Core.Tests.Common;

public sealed class CrmMessagesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetValue(null)!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Find_EveryCode_HasEnglishAndGermanText(string code)
    {
        var english = CrmMessages.Find(code, English);
        var german = CrmMessages.Find(code, German);

        Assert.False(string.IsNullOrWhiteSpace(english), $"{code} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(german), $"{code} has no German text");
        Assert.NotEqual(english, german);
    }

    [Fact]
    public void Describe_ValidationError_ListsFieldsWithLimitInViewersLanguage()
    {
        var error = CrmError.Invalid([new FieldError("name", ErrorCodes.TooLong, 2000)]);

        Assert.Equal($"Some of the input is not valid. Nothing was saved.{Environment.NewLine}name: Too long: at most 2,000 characters.", CrmMessages.Describe(error, English));
        Assert.Equal($"Einige Eingaben sind ungültig. Es wurde nichts gespeichert.{Environment.NewLine}name: Zu lang: höchstens 2.000 Zeichen.", CrmMessages.Describe(error, German));
    }
}
