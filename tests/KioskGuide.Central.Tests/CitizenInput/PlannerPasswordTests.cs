using KioskGuide.Central.CitizenInput.Security;

namespace KioskGuide.Central.Tests.CitizenInput;

public sealed class PlannerPasswordTests
{
    [Fact]
    public void A_hash_verifies_its_password_only()
    {
        var hash = PlannerPasswords.Hash("Solsikke 2025!", iterations: 1000);

        Assert.StartsWith("pbkdf2-sha256$1000$", hash, StringComparison.Ordinal);
        Assert.True(PlannerPasswords.Verify("Solsikke 2025!", hash));
        Assert.False(PlannerPasswords.Verify("solsikke 2025!", hash));
        Assert.NotEqual(hash, PlannerPasswords.Hash("Solsikke 2025!", iterations: 1000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Solsikke 2025!")]
    [InlineData("sha256$1000$abc$def")]
    [InlineData("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void A_malformed_hash_never_verifies(string encoded)
    {
        Assert.False(PlannerPasswords.IsWellFormed(encoded));
        Assert.False(PlannerPasswords.Verify("Solsikke 2025!", encoded));
    }
}
