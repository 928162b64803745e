using KioskGuide.Central.Accounts;

namespace KioskGuide.Central.Tests.Accounts;

public sealed class AccountPasswordTests
{
    [Fact]
    public void A_hash_verifies_its_password_only()
    {
        var hash = AccountPasswords.Hash("Solsikke 2025!", iterations: 1000);

        Assert.StartsWith("pbkdf2-sha256$1000$", hash, StringComparison.Ordinal);
        Assert.True(AccountPasswords.Verify("Solsikke 2025!", hash));
        Assert.False(AccountPasswords.Verify("solsikke 2025!", hash));
        Assert.NotEqual(hash, AccountPasswords.Hash("Solsikke 2025!", iterations: 1000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Solsikke 2025!")]
    [InlineData("sha256$1000$abc$def")]
    [InlineData("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void A_malformed_hash_never_verifies(string encoded)
    {
        Assert.False(AccountPasswords.IsWellFormed(encoded));
        Assert.False(AccountPasswords.Verify("Solsikke 2025!", encoded));
    }
}
