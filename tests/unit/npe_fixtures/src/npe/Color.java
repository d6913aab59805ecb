package npe;

public enum Color { RED, GREEN, BLUE }
